def main() -> None:
    print(totl)


main()

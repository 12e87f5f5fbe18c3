# startswith/endswith with a str or a tuple of strs, and with bounds.
name = "report_2024.csv"
print(name.startswith("report"), name.startswith("Report"), name.endswith(".csv"))
print(name.endswith((".txt", ".csv")), name.endswith((".txt", ".md")))
print(name.startswith(("data", "report", "x")))
print(name.startswith("2024", 7), name.endswith("report", 0, 6))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""))
files = ["main.py", "README.md", "lib.rs", "test_main.py", "notes.txt"]
for f in files:
    if f.endswith(".py"):
        kind = "python"
    elif f.endswith((".md", ".txt")):
        kind = "text"
    else:
        kind = "other"
    print(f.ljust(14), kind, f.startswith("test_"))
print("日本語".startswith("日本"), "émoji😀".endswith("😀"))

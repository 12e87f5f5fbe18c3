# Normalising user-entered names and building usernames.
raw = ["  ada LOVELACE ", "grace   hopper", "ALAN turing", "o'neil  mc-call", "émile borel"]
users: list[str] = []
for r in raw:
    parts = r.split()
    name = " ".join(parts).title()
    user = (parts[0][0] + parts[-1]).lower().replace("'", "").replace("-", "")
    users.append(user)
    print(name.ljust(18, "."), user.rjust(10), name.swapcase())
print(users)
print(",".join(users).upper())
padded = "7".zfill(3) + "-" + "42".zfill(3)
print(padded, padded.isdigit(), padded.replace("-", "").isdigit())

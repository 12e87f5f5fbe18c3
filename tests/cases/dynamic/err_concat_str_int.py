# Concatenating an int to a str read from a mixed record raises TypeError.
record = {"name": "widget", "count": 7}
label = record["name"]
print(label)
label = label + ": "
print(label + str(record["count"]))
print(label + record["count"])

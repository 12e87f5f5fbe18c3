# %-formatting with a mapping and named fields.
person = {"name": "Ada", "age": 36, "score": 9.5}
print("%(name)s is %(age)d years old" % person)
print("%(name)-6s|%(score)6.2f|%(age)04d" % person)
print("%(name)r %(name)s %(name)s" % person)
rows = [{"k": "a", "v": 1}, {"k": "bb", "v": 22}]
for r in rows:
    print("%(k)3s => %(v)-3d!" % r)
person["age"] += 1
print("%(age)d%%" % person)
print("%(missing)s" % {"missing": "present"}, "%s" % {"k": 1})

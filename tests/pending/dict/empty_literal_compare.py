# Comparing empty dict, list and set displays.
print({} == {}, [] == [], set() == set(), {} != {})

# `except*` handles exception groups, which Molt does not translate.
try:
    print("work")
except* ValueError:
    print("some failed")

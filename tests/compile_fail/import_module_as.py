import module_with_error as m

print(m.evaluate("1"))

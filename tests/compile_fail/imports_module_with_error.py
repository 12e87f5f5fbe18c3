# The error is in the imported module, and is shown there.
import module_with_error

print(module_with_error.evaluate("1 + 1"))

# Binary mode "wb"/"rb" writes and reads bytes objects.
import os

name = "molt_test_binary.bin"
payload = bytes([0, 1, 2, 254, 255]) + b"ABC\n"
with open(name, "wb") as f:
    print(f.write(payload))
with open(name, "rb") as f:
    data = f.read()
print(data)
print(type(data).__name__, len(data))
print(list(data[:5]))
print(data == payload)
with open(name, "ab") as f:
    f.write(b"\x10\x20")
with open(name, "rb") as f:
    print(f.read(2))
    print(f.read())
os.remove(name)
print(os.path.exists(name))

# BUG: hash() of a run-time typed variable moves it; a later use of the
# variable makes the generated Rust fail to compile (E0382).
t = tuple([1, 2])
print(hash(t) == hash((1, 2)))
print(t)
x = 1
x = "s"
print(hash(x) == hash("s"), x)

# Enum members in sets, set operations and membership tests.
from enum import Enum


class Perm(Enum):
    READ = 1
    WRITE = 2
    EXEC = 3
    ADMIN = 4


user = {Perm.READ}
editor = {Perm.READ, Perm.WRITE}
admin = set(Perm)
print(len(user), len(editor), len(admin))
print(Perm.WRITE in editor, Perm.WRITE in user)
print(user <= editor, editor <= user)
print(sorted([p.value for p in admin - editor]))
print(sorted([p.name for p in editor | {Perm.EXEC}]))
print(sorted([p.name for p in editor & {Perm.WRITE, Perm.ADMIN}]))


def can(perms: set[Perm], need: Perm) -> bool:
    return need in perms or Perm.ADMIN in perms


for who in [user, editor, {Perm.ADMIN}]:
    print([can(who, p) for p in Perm])

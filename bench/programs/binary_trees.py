"""Binary trees: allocates and walks many complete binary trees of depth up
to N (the Computer Language Benchmarks Game algorithm). Object allocation,
recursion and a long-lived tree that stays alive throughout."""

N = 14  # smoke: 6

MIN_DEPTH = 4


class Node:
    def __init__(self, left: "Node | None", right: "Node | None") -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        """The number of nodes in this tree."""
        if self.left is None or self.right is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def main(max_depth: int) -> None:
    max_depth = max(MIN_DEPTH + 2, max_depth)
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {make_tree(stretch_depth).check()}")

    long_lived_tree = make_tree(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += make_tree(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")

    print(f"long lived tree of depth {max_depth}\t check: {long_lived_tree.check()}")


if __name__ == "__main__":
    main(N)

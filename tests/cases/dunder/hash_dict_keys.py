# __hash__ with __eq__ lets equal-but-distinct objects find the same dict entry.
class Coord:
    def __init__(self, row: int, col: int):
        self.row = row
        self.col = col

    def __eq__(self, other: "Coord") -> bool:
        return self.row == other.row and self.col == other.col

    def __hash__(self) -> int:
        return hash((self.row, self.col))

    def __repr__(self) -> str:
        return f"C{self.row}{self.col}"


board: dict[Coord, str] = {}
board[Coord(0, 0)] = "rook"
board[Coord(0, 1)] = "knight"
board[Coord(7, 4)] = "king"
print(board[Coord(0, 1)], board[Coord(7, 4)])
print(Coord(0, 0) in board, Coord(5, 5) in board)
board[Coord(0, 0)] = "queen"
print(len(board), board[Coord(0, 0)])
print(board)
print(board.get(Coord(3, 3), "empty"))
del board[Coord(0, 1)]
print(list(board.keys()))
counts: dict[Coord, int] = {}
for r, c in [(1, 1), (2, 2), (1, 1), (1, 1), (2, 2), (3, 0)]:
    k = Coord(r, c)
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(hash(Coord(1, 2)) == hash(Coord(1, 2)))

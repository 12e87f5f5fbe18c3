//! Allocating and walking binary trees, as bench/programs/binary_trees.py.

const MIN_DEPTH: u32 = 4;

struct Node {
    children: Option<(Box<Node>, Box<Node>)>,
}

impl Node {
    /// The number of nodes in this tree.
    fn check(&self) -> u64 {
        match &self.children {
            None => 1,
            Some((left, right)) => 1 + left.check() + right.check(),
        }
    }
}

fn make_tree(depth: u32) -> Box<Node> {
    let children = (depth > 0).then(|| (make_tree(depth - 1), make_tree(depth - 1)));
    Box::new(Node { children })
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .map_or(14, |s| s.parse().expect("N must be an integer"));
    let max_depth = n.max(MIN_DEPTH + 2);
    let stretch_depth = max_depth + 1;
    println!(
        "stretch tree of depth {stretch_depth}\t check: {}",
        make_tree(stretch_depth).check()
    );

    let long_lived_tree = make_tree(max_depth);
    for depth in (MIN_DEPTH..=max_depth).step_by(2) {
        let iterations = 1u64 << (max_depth - depth + MIN_DEPTH);
        let total: u64 = (0..iterations).map(|_| make_tree(depth).check()).sum();
        println!("{iterations}\t trees of depth {depth}\t check: {total}");
    }

    println!(
        "long lived tree of depth {max_depth}\t check: {}",
        long_lived_tree.check()
    );
}

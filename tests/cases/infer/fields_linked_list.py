# An unannotated singly linked list with push, append, reverse, find and iteration.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def find(self, value):
        cur = self.head
        i = 0
        while cur is not None:
            if cur.value == value:
                return i
            cur = cur.next
            i += 1
        return -1


ll = LinkedList()
print(ll.to_list(), ll.size)
for v in [3, 2, 1]:
    ll.push(v)
ll.append(4)
ll.append(5)
print(ll.to_list(), ll.size)
print(ll.find(4), ll.find(9))
ll.reverse()
print(ll.to_list(), ll.head.value)

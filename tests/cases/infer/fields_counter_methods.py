# Int counter fields incremented from several methods of a small tokenizer-like class.
class Scanner:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.words = 0
        self.digits = 0
        self.other = 0

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def read_word(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isalpha():
            self.pos += 1
        self.words += 1
        return self.text[start:self.pos]

    def read_number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        self.digits += self.pos - start
        return int(self.text[start:self.pos])

    def run(self):
        out = []
        while True:
            self.skip_space()
            if self.pos >= len(self.text):
                break
            c = self.text[self.pos]
            if c.isalpha():
                out.append(self.read_word())
            elif c.isdigit():
                out.append(self.read_number())
            else:
                self.other += 1
                self.pos += 1
        return out


s = Scanner("let x1 = 42 + y * 7 ;")
print(s.run())
print(s.pos, s.words, s.digits, s.other)

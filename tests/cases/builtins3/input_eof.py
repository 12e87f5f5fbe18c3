# input() with stdin at end of file raises EOFError after writing the prompt.
def ask(prompt: str) -> str:
    print("asking:", prompt)
    return input(prompt)


defaults = {"name": "guest", "lang": "python"}
for k, v in defaults.items():
    print(f"default {k} = {v}")
print("before input", flush=True)
name = ask("Name? ")
print("hello", name)

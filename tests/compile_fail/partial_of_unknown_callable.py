import functools

handlers = [print]
shout = functools.partial(handlers[0], "!")
shout("hi")

# Format specs for strings: width, fill, align and precision truncation.
s = "molt"
print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:^9}]")
print(f"[{s:*<10}] [{s:->10}] [{s:.^10}] [{s:#^11}]")
print(f"[{s:.2}] [{s:.0}] [{s:10.3}] [{s:>10.1}] [{s:.10}]")
print(f"[{s:s}] [{s:8s}] [{s:>8s}] [{s:2}]")
print(f"[{'':5}] [{'':*^5}] [{'abc':3}]")
print(f"[{'日本語':^9}] [{'café':>6}] [{'😀':*<4}]")
print(f"[{s!r:>10}] [{s!r:.3}] [{s!s:^8}]")
word = "left"
print(f"[{word:<12}]|[{'right':>12}]|[{'mid':^12}]")
for w in range(4, 9):
    print(f"[{s:^{w}}]")
print(f"[{'{':^5}] [{'}':>3}] [{'}':{'}'}>4}]")

# A report mixing %-formatting and str.format.
sales = [("north", 1520.5, 0.12), ("south", 980.25, -0.035), ("east", 20100.0, 0.4)]
print("%-8s %12s %8s" % ("region", "revenue", "growth"))
for region, rev, growth in sales:
    print("%-8s %12s %8s" % (region.title(), "{:,.2f}".format(rev), "{:+.1%}".format(growth)))
total = sum([r for _, r, _ in sales])
print("{:-^30}".format(""))
print("%-8s %12.2f" % ("total", total))
print("{:>30}".format("avg {:.3f}".format(total / len(sales))))
best = sales[0]
for entry in sales:
    if entry[2] > best[2]:
        best = entry
print("best growth: %s (%.0f%%)" % (best[0], best[2] * 100))

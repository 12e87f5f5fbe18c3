# Mean, variance and rounded summaries of float data.
data = [2.5, 3.7, 1.2, 9.9, 4.4, 4.4, 7.1]
n = len(data)
mean = sum(data) / n
var = sum([(x - mean) ** 2 for x in data]) / (n - 1)
std = var ** 0.5
print(round(mean, 3), round(var, 3), round(std, 3))
s = sorted(data)
median = s[n // 2] if n % 2 == 1 else (s[n // 2 - 1] + s[n // 2]) / 2
print(median, max(data) - min(data))
print([round(x / mean, 2) for x in data])
print(round(sum(data), 1), round(sum(data)), f"{mean:.2f}")

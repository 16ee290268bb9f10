"""Benchmarks: each bench_<area>.py exposes main() and prints its figures."""

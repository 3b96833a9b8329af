"""The rules of Kindred, free of windows, files, clocks and global randomness.

Everything here is plain data and functions; time and seeds are passed in.
"""

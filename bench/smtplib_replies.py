#!/usr/bin/python3
"""Side benchmark for bench/replies.lua: Python's smtplib reply reader on the
same input file, a pipelined stream of SMTP replies.

smtplib.SMTP.getreply() reads lines from self.file (a socket file); here the
file is an in-memory io.BytesIO of the stream, as the socket would deliver it.
Usage: python3 bench/smtplib_replies.py STREAM_FILE COUNT
Prints the time per reply in nanoseconds.
"""
import io
import smtplib
import sys
import time


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as f:
        data = f.read()
    best = float("inf")
    for _ in range(3):
        client = smtplib.SMTP()  # not connected: getreply only needs .file
        client.file = io.BytesIO(data)
        start = time.perf_counter()
        for _ in range(count):
            code, _msg = client.getreply()
            if code < 200:
                raise SystemExit("bad reply %r" % code)
        best = min(best, (time.perf_counter() - start) / count * 1e9)
    print("%.1f" % best)


if __name__ == "__main__":
    main()

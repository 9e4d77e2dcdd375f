#!/usr/bin/env python3
"""Bytes the real binary writes to its terminal while idle (the clock ticks once a second).

Usage: python3 scripts/idle-output.py [SECONDS] [BINARY]
Starts hoinghi in a pseudo-terminal of 80x24, waits for the first frame, then counts what it
writes during SECONDS of no input. A program that redraws only what changed writes a few
dozen bytes a second (the clock's cells); one that repaints the screen writes kilobytes.
"""
import fcntl, os, pty, select, struct, sys, termios, time

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/hoinghi"
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.execv(binary, [binary])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

def read_for(duration):
    total, end = 0, time.monotonic() + duration
    while (left := end - time.monotonic()) > 0:
        if select.select([fd], [], [], left)[0]:
            try:
                total += len(os.read(fd, 65536))
            except OSError:
                break
    return total

first = read_for(1.0)
idle = read_for(seconds)
os.kill(pid, 9)
os.waitpid(pid, 0)
print(f"first second: {first} bytes; then idle {seconds:.0f} s: {idle} bytes "
      f"({idle / seconds:.0f} bytes/s)")

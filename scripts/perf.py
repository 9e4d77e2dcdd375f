#!/usr/bin/env python3
"""Start-up, idle CPU and peak memory of the real binary on the large conference.

Usage: python3 scripts/perf.py [RUNS]   (builds the release binary and examples first)
Writes the large conference (200 units, 1,000 items, 100 polls) and its minutes (with 10,000
comments) to a temporary folder, then in a pseudo-terminal of 200x60:
  - start to the end of the first frame of hoinghi on the large conference, and of a minimal
    ratatui program that draws one frame, alternately, RUNS times each (median, and the
    median of the ratio of each start to the minimal one beside it);
  - CPU time used over 10 s idle on the agenda (the clock ticks every second);
  - peak resident memory (VmHWM) after loading.
Linux only (reads /proc).
"""
import fcntl, os, pty, select, shutil, signal, statistics, struct, subprocess, sys, tempfile, termios, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
release = os.path.join(root, "target", "release")
hoinghi = os.path.join(release, "hoinghi")
minimal = os.path.join(release, "examples", "minimal_tui")
# `--examples` alone would leave a stale binary measured.
subprocess.run(["cargo", "build", "--quiet", "--release", "--bins", "--examples"], cwd=root, check=True)
tmp = tempfile.mkdtemp(prefix="hoinghi-perf-")
subprocess.run([os.path.join(release, "examples", "large_minutes"), tmp], check=True)
conference = os.path.join(tmp, "large-conference.ron")
minutes = os.path.join(tmp, "large-minutes.ron")


def spawn(argv, env=None):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env or {})
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 200, 0, 0))
    return pid, fd


# ratatui hides the cursor once a frame is out: the end of the first frame.
FRAME_END = b"\x1b[?25l"


def first_frame(argv, marker, env=None):
    """Seconds from fork to the whole first frame in the output (the marker text, then the
    cursor hidden after it), and the minor page faults the program had taken by then."""
    start = time.perf_counter()
    pid, fd = spawn(argv, env)
    seen = b""
    while marker not in seen or FRAME_END not in seen[seen.index(marker):]:
        if select.select([fd], [], [], 10)[0]:
            try:
                seen += os.read(fd, 1 << 16)
            except OSError:
                break
        else:
            break
    took = time.perf_counter() - start
    os.kill(pid, signal.SIGKILL)
    faults = os.wait4(pid, 0)[2].ru_minflt
    os.close(fd)
    return took, faults


env = {"HOINGHI_DATA_DIR": tmp, "HOME": tmp}
ours, theirs = [], []
for _ in range(RUNS):
    ours.append(first_frame([hoinghi, conference, "--new"], "Cụm thi đua các phường".encode(), env))
    theirs.append(first_frame([minimal], b"frame"))  # ratatui skips blank cells: words arrive apart
m_ours, m_theirs = (statistics.median(t for t, _ in runs) for runs in (ours, theirs))
f_ours, f_theirs = (statistics.median(f for _, f in runs) for runs in (ours, theirs))
# Each start over the minimal program's start beside it: the machine's drift (a busy
# neighbour on a shared host) moves both, so the ratio of a pair is steadier than the ratio
# of the two medians.
paired = statistics.median(o / t for (o, _), (t, _) in zip(ours, theirs))
print(f"start to the end of the first frame, large conference: median {m_ours * 1000:.1f} ms, {f_ours:.0f} page faults "
      f"(minimal ratatui program: {m_theirs * 1000:.1f} ms, {f_theirs:.0f} page faults; "
      f"ratio {m_ours / m_theirs:.2f}, of pairs {paired:.2f})")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


pid, fd = spawn([hoinghi, minutes], env)
deadline = time.time() + 10
seen = b""
while "Cụm thi đua".encode() not in seen and time.time() < deadline:
    if select.select([fd], [], [], 1)[0]:
        seen += os.read(fd, 1 << 16)
time.sleep(1)
with open(f"/proc/{pid}/status") as f:
    hwm = next(l for l in f if l.startswith("VmHWM")).split()[1]
hz = os.sysconf("SC_CLK_TCK")
before = cpu_ticks(pid)
end = time.time() + 10
while time.time() < end:  # keep reading so the program never blocks on output
    if select.select([fd], [], [], 0.5)[0]:
        try:
            os.read(fd, 1 << 16)
        except OSError:
            break
used = (cpu_ticks(pid) - before) / hz
print(f"idle 10 s on the agenda (large minutes): {used * 1000:.0f} ms of CPU = {used / 10 * 100:.2f} % of one core")
print(f"peak memory with the large minutes loaded: {int(hwm) / 1024:.1f} MB (VmHWM)")
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
shutil.rmtree(tmp, ignore_errors=True)

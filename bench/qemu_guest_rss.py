#!/usr/bin/env python3
"""Peak resident memory of a program run under qemu-user, without qemu's own (docs/small-machines.md).

`/usr/bin/time -v qemu-aarch64 ...` reports the emulator's process: the program plus qemu, its libraries and its
translated code (about 15 MB more). This runs qemu with `-d page`, which logs the guest's memory map at every change,
samples the qemu process's /proc/PID/smaps every few milliseconds, and adds up the resident size of the mappings that
lie inside a range the guest mapped: the program's own memory, as a machine of that architecture would see it.

Usage (from the repository's root, after `cmake --build --preset arm64`):
  bench/qemu_guest_rss.py qemu-aarch64 /usr/aarch64-linux-gnu build/arm64/sim/epd-drill run \\
      scenarios/vendor-cloud-ransomware.json --quiet
Debian's python3, no module beyond its own.
"""
import os
import re
import subprocess
import sys
import tempfile
import time


def sample(pid):
    """[(start, end, resident kB)] of the process's mappings, or None when it is gone."""
    maps, current = [], None
    try:
        with open("/proc/%d/smaps" % pid, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"^([0-9a-f]+)-([0-9a-f]+) ", line)
                if m:
                    current = [int(m.group(1), 16), int(m.group(2), 16), 0]
                    maps.append(current)
                elif line.startswith("Rss:") and current is not None:
                    current[2] = int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return maps


def guest_ranges(log):
    """Every host address range the guest mapped (not just reserved), from qemu's -d page log."""
    base, ranges = 0, set()
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"Locating guest address space @ 0x([0-9a-f]+)", line)
            if m:
                base = int(m.group(1), 16)
            m = re.match(r"^([0-9a-f]{8,16})-([0-9a-f]{8,16}) [0-9a-f]+ (\S+)", line)
            if m and m.group(3) != "---":
                ranges.add((int(m.group(1), 16) + base, int(m.group(2), 16) + base))
    return sorted(ranges)


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    qemu, sysroot, *program = sys.argv[1:]
    fd, log = tempfile.mkstemp(suffix=".qemu-page.log")
    os.close(fd)
    try:
        child = subprocess.Popen([qemu, "-d", "page", "-D", log, "-L", sysroot, *program], stdout=subprocess.DEVNULL)
        samples = []
        while child.poll() is None:
            maps = sample(child.pid)
            if maps is None:
                break
            samples.append(maps)
            time.sleep(0.003)
        status = child.wait()
        ranges = guest_ranges(log)
    finally:
        os.unlink(log)

    def inside(start, end):
        return any(lo <= start and end <= hi for lo, hi in ranges)

    guest = max((sum(kb for start, end, kb in maps if inside(start, end)) for maps in samples), default=0)
    whole = max((sum(kb for _, _, kb in maps) for maps in samples), default=0)
    print("exit status %d; %d samples; peak resident: program %.1f MiB, qemu process %.1f MiB"
          % (status, len(samples), guest / 1024, whole / 1024))
    return status


if __name__ == "__main__":
    sys.exit(main())

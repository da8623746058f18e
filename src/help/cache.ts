/** `car-brief help cache` (docs/performance.md shows it verbatim). */
export const CACHE_HELP = `The cache

A dataset is parsed and checked once, then compiled (its records, and the
indexes the commands use) and kept in the cache, so that reading commands
never parse unchanged YAML again. validate always reads and checks every
file. The built-in data is compiled when car-brief is built.

Where: $CAR_BRIEF_CACHE_DIR, else the user's cache directory:
$XDG_CACHE_HOME/car-brief or ~/.cache/car-brief on Linux,
~/Library/Caches/car-brief on macOS, %LOCALAPPDATA%\\car-brief\\Cache on
Windows. Never inside the data directory, which car-brief only reads.

When it is rebuilt: an entry records the content of every file it was made
from, so an edited data file or source text is seen (even with its
modification time set back), and it is used only by the build of car-brief
that made it. A damaged entry is ignored: the command reads the YAML.
Answers are the same with the cache and without it.

Clear it: rm -rf ~/.cache/car-brief (or your CAR_BRIEF_CACHE_DIR).
Turn it off: --no-cache or CAR_BRIEF_NO_CACHE=1; everything is then read
from the YAML, the built-in data included.

Examples:
  car-brief --no-cache country uzbekistan
  CAR_BRIEF_CACHE_DIR=/tmp/car-brief-cache car-brief --data my-data countries
`;

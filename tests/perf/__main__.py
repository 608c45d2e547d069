"""`make bench`: every benchmark, each figure beside a reference measured in the same run."""

from tests.perf import (
    bench_backups,
    bench_export,
    bench_foundation,
    bench_markdown_import,
    bench_search,
    bench_text_import,
    bench_wal,
    bench_window,
)

if __name__ == "__main__":
    bench_foundation.run()
    bench_window.run()
    bench_export.run()
    bench_markdown_import.run()
    bench_text_import.run()
    bench_wal.run()
    bench_backups.run()
    bench_search.run()

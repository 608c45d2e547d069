import sys

from desktop_app.cli import main

if __name__ == "__main__":  # not when a tool walks the package's modules
    sys.exit(main())

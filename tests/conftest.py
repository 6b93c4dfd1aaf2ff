import os
import sys
from pathlib import Path

# Offscreen Qt for every test; the app itself picks the platform the user has.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

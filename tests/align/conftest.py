import sys
from pathlib import Path

# The fixture builder lives beside the tests; make it importable as a plain module.
sys.path.insert(0, str(Path(__file__).parent))

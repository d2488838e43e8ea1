"""Held-out gold set B: a second blind set (see gold.py and build.py)."""

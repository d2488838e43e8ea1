"""Blind held-out gold for unionextract (see gold.py and build.py)."""

"""Synthetic application packets with their expected results, and their evaluation."""

"""The report: model (CONTRACT.md) and renderers. Renderers never recompute."""

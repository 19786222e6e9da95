"""Documents → facts with provenance and confidence."""

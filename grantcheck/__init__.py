"""grantcheck: verification of Jiangsu industrial-subsidy application packets."""

__version__ = "0.1.0"

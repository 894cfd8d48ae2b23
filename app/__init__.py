"""diplo: diplomatic events extracted from news, stored and served."""

__version__ = "0.1.0"

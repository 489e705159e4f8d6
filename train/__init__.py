"""Training scripts that rebuild the models shipped in consensus/resources/ from ../shared/data (`python -m train`)."""

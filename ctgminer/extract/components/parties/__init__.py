"""The Caf, partners and signatories."""

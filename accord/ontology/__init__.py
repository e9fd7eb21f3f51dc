"""Event ontologies: the CAMEO codebook and its mapping to PLOVER."""

from accord.ontology.codebook import CameoCode, Codebook, load_codebook

__all__ = ["CameoCode", "Codebook", "load_codebook"]

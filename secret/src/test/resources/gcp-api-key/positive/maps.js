const key = "AIza62EXo0fi_p3svcRRhPvL_IIgME-MoKML_oZ";

import molt


@molt.extern("crate::geo::haversine")
def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    ...


print(haversine(0.0, 0.0, 1.0, 1.0))

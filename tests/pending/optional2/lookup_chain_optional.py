# Chained Optional lookups: user -> team -> lead via functions returning `T | None`, stopping at the first None.
from typing import Optional


class User:
    def __init__(self, name: str, team: Optional[str]):
        self.name = name
        self.team = team


class Team:
    def __init__(self, name: str, lead: Optional[str]):
        self.name = name
        self.lead = lead


USERS = {"ann": User("ann", "core"), "bob": User("bob", "web"), "cy": User("cy", None), "dee": User("dee", "ghost")}
TEAMS = {"core": Team("core", "ann"), "web": Team("web", None)}


def find_user(name: str) -> Optional[User]:
    return USERS.get(name)


def find_team(name: str) -> Optional[Team]:
    return TEAMS.get(name)


def lead_of(username: str) -> Optional[str]:
    user = find_user(username)
    if user is None:
        return None
    if user.team is None:
        return None
    team = find_team(user.team)
    if team is None:
        return None
    return team.lead


def explain(username: str) -> str:
    user = find_user(username)
    if user is None:
        return f"{username}: no such user"
    if user.team is None:
        return f"{username}: no team"
    team = find_team(user.team)
    if team is None:
        return f"{username}: team {user.team} missing"
    if team.lead is None:
        return f"{username}: {team.name} has no lead"
    return f"{username}: reports to {team.lead}"


names = ["ann", "bob", "cy", "dee", "eve"]
print([lead_of(n) for n in names])
for n in names:
    print(explain(n))
leads = [lead_of(n) for n in names]
print(len([x for x in leads if x is None]), [x for x in leads if x is not None])

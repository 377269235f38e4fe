"""Reference minimal adjustment sets for the named DAGs of AdjustmentTextbookTest.

Independent of causal4j: the adjustment criterion (Perkovic et al. 2018) is applied by brute force
over all subsets, with the proper back-door graph and forbidden set built here and d-separation
from networkx (networkx.is_d_separator). Run: python3 identify_adjustment_sets.py
(derived with Python 3 and networkx 3.6.1).
"""
from itertools import combinations

import networkx as nx

GRAPHS = {
    "M-bias": ("x", "y", "a->x a->m b->m b->y x->y"),
    "butterfly": ("x", "y", "a->x a->m b->m b->y m->x m->y x->y"),
    "Shrier & Platt 2008": ("WarmUpExercises", "Injury", """
        Coach->FitnessLevel Coach->TeamMotivation Genetics->FitnessLevel Genetics->NeuromuscularFatigue
        Genetics->ConnectiveTissueDisorder TeamMotivation->PreviousInjury TeamMotivation->WarmUpExercises
        PreGameProprioception->WarmUpExercises ConnectiveTissueDisorder->TissueWeakness
        ConnectiveTissueDisorder->NeuromuscularFatigue ContactSport->IntraGameProprioception
        ContactSport->PreviousInjury TissueWeakness->Injury IntraGameProprioception->Injury
        FitnessLevel->PreGameProprioception FitnessLevel->NeuromuscularFatigue
        NeuromuscularFatigue->IntraGameProprioception NeuromuscularFatigue->Injury
        WarmUpExercises->IntraGameProprioception"""),
}


def analyse(x, y, edges):
    g = nx.DiGraph([e.split("->") for e in edges.split()])
    # cn: nodes on proper causal paths from x to y, x excluded
    cn = {v for p in nx.all_simple_paths(g, x, y) for v in p[1:]}
    forb = set().union(*(nx.descendants(g, c) | {c} for c in cn)) | {x}
    pbd = g.copy()
    pbd.remove_edges_from([(x, c) for c in cn if g.has_edge(x, c)])
    pool = sorted(set(g) - {x, y} - forb)
    valid = [set(z) for k in range(len(pool) + 1) for z in combinations(pool, k)
             if nx.is_d_separator(pbd, {x}, {y}, set(z))]
    minimal = [z for z in valid if not any(o < z for o in valid)]
    oset = {p for c in cn for p in g.predecessors(c)} - forb
    return minimal, oset


for name, (x, y, edges) in GRAPHS.items():
    minimal, oset = analyse(x, y, edges)
    print(name)
    for z in sorted(minimal, key=lambda s: (len(s), sorted(s))):
        print("  minimal:", sorted(z))
    print("  O-set:  ", sorted(oset))

"""How structures are chosen: methods, importance scores, schedules and the knapsack selector."""

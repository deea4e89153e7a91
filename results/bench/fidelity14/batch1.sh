cd /work/wt/fidelity14
export PYTHONPATH=src
P="nice -n 19 /work/main/.venv/bin/python /tmp/f14/exp.py"
B=ff_register,ff_product,ff_shared
run() { $P "$@" 2>&1 | tail -1 >> /tmp/f14/results.txt; }
run a1 $B,ff_pw &
run a2 ff_register,ff_pw,ff_shared ; wait
run a3 $B,ff_pw_dsp,ff_pw_fabric &
run a4 ff_register,ff_product_dsp,ff_product_fabric,ff_shared ; wait
run b1 $B,ff_held &
run b2 $B,ff_latw ; wait
run b3 $B,ff_latpw &
run b4 ff_register_pw,ff_product,ff_shared ; wait
run c1 ff_register_dsp,ff_register_fabric,ff_product_dsp,ff_product_fabric,ff_shared &
run b5 $B,ff_held_dsp,ff_held_fabric ; wait
run b6 $B,ff_latd &
run c2 $B,ff_latw_dsp,ff_latw_fabric ; wait
echo done >> /tmp/f14/results.txt

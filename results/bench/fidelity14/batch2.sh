cd /work/wt/fidelity14
export PYTHONPATH=src
P="nice -n 19 /work/main/.venv/bin/python /tmp/f14/exp.py"
B=ff_register,ff_product,ff_shared
run() { $P "$@" 2>&1 | tail -1 >> /tmp/f14/results.txt; }
run d1 $B,ff_mulbits &
run d2 $B,ff_mulheld ; wait
run d3 $B,ff_pw,ff_mulbits &
run d4 $B,ff_pw,ff_held ; wait
run d5 $B,ff_pw_nb,ff_pw_b &
run d6 $B,ff_pw,ff_mulheld ; wait
run d7 ff_register_pw,ff_product,ff_shared,ff_pw &
run d8 ff_register,ff_shared,ff_pw,ff_mulbits ; wait
echo done2 >> /tmp/f14/results.txt

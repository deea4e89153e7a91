#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <array>
#include <cstddef>
#include <cstdio>
#include <tuple>
#include <tuple>


// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6> model_default_t;
typedef ap_fixed<35,15> fc_result_t;
typedef ap_fixed<16,6> fc_weight_t;
typedef ap_fixed<16,6> fc_bias_t;
typedef ap_fixed<16,6> result_t;
typedef ap_fixed<18,8> sm_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT,0> sm_exp_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT,0> sm_inv_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT,0> sm_inv_inp_t;

// hls-fpga-machine-learning insert emulator-defines


#endif

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
typedef ap_fixed<16,6> lstm_accum_t;
typedef ap_fixed<16,6> layer2_t;
typedef ap_fixed<16,6> lstm_weight_t;
typedef ap_fixed<16,6> lstm_recurrent_weight_t;
typedef ap_fixed<16,6> lstm_bias_t;
typedef ap_fixed<16,6> lstm_recurrent_bias_t;
typedef ap_fixed<18,8> lstm_table_t;
typedef ap_uint<1> layer2_index;
typedef ap_fixed<34,14> fc_accum_t;
typedef ap_fixed<34,14> fc_result_t;
typedef ap_fixed<16,6> fc_weight_t;
typedef ap_fixed<16,6> fc_bias_t;
typedef ap_uint<1> layer3_index;
typedef ap_fixed<16,6> result_t;
typedef ap_ufixed<8,-3> leaky_param_t;
typedef ap_fixed<18,8> leaky_table_t;

// hls-fpga-machine-learning insert emulator-defines


#endif

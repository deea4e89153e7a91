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
typedef ap_fixed<25,10> fa_accum_t;
typedef ap_fixed<25,10> fa_result_t;
typedef ap_fixed<6,1> weight2_t;
typedef ap_fixed<6,1> bias2_t;
typedef ap_uint<1> layer2_index;
typedef ap_int<2> layer4_t;
typedef ap_fixed<18,8> bt_table_t;
typedef ap_fixed<11,6> fb_accum_t;
typedef ap_fixed<11,6> fb_result_t;
typedef ap_fixed<6,1> weight5_t;
typedef ap_fixed<6,1> bias5_t;
typedef ap_uint<1> layer5_index;
typedef ap_fixed<16,6> model_default_t;
typedef ap_int<2> layer11_t;
typedef ap_fixed<11,6> threshold_hi_11_t;
typedef ap_fixed<11,6> threshold_lo_11_t;
typedef ap_fixed<11,6> out_accum_t;
typedef ap_fixed<11,6> result_t;
typedef ap_fixed<6,1> weight8_t;
typedef ap_fixed<6,1> bias8_t;
typedef ap_uint<1> layer8_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
